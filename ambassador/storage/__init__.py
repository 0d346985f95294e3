"""The only package that speaks SQL: engine, tables, repositories, migrations, backup."""
