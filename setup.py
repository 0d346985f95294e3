"""The one thing pyproject.toml cannot say: `resources/` at the top of the source goes into the
package as `ambassador/resources`, where `ambassador/paths.py` finds it in an installed wheel
(in a checkout it reads `resources/` itself). The packages and their data files are here
(pyproject.toml's own table would replace, not extend, what this says); the rest is there."""

from setuptools import find_namespace_packages, find_packages, setup

# Each folder of resources is a (data-only) package of its own, so setuptools takes it as
# meant rather than warning that it "would be ignored".
RESOURCES = [
    "ambassador.resources",
    *(f"ambassador.resources.{name}" for name in find_namespace_packages("resources")),
]

setup(
    packages=[*find_packages(include=["ambassador", "ambassador.*"]), *RESOURCES],
    package_dir={"ambassador.resources": "resources"},
    package_data={
        # Alembic reads its template as a file.
        "ambassador.storage.migrations": ["*.mako"],
        **{name: ["*"] for name in RESOURCES},
    },
)
