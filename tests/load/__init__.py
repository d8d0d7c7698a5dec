"""Load tests against a real server (`make load-test`). Scripts, not collected by pytest (no test_*.py files)."""
