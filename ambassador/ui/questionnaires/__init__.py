"""The printed questionnaires: issuing one and keying in the answers."""
