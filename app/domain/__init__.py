"""Domain rules: validators, lifecycle, clocks, early warnings. Pure Python, no Qt, no DB."""
