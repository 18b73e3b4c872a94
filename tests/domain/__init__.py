"""Tests of the Qt-free, DB-free domain rules (app/domain)."""
