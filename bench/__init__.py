"""Benchmarks that print ratios measured in one run (`make bench`): this machine is shared and noisy."""
