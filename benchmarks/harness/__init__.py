"""The benchmark harness: corpus reading, tool adapters, scoring and the report."""
