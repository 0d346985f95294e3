"""Plain-Python domain: value objects, enums, rules and validation. No I/O."""
