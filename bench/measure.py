"""Interleaved timing: the one way every benchmark here compares requests (also used by bench/wagtail_lms.py).

Only the standard library, so the wagtail-lms benchmark can run this file in its own throwaway environment.
CPU time of this process (`time.process_time`), so other programs on a busy machine do not count; each
round runs every target once, in a new random order, so drift in the machine's speed hits them all alike.
"""

import random
import statistics
import time


def interleaved(targets, rounds=60, repeats=3, warmup=3):
    """{name: [median CPU seconds of each repeat]} for `targets` ({name: callable}), run interleaved.

    Each repeat is `rounds` rounds; each round calls every target once in a shuffled order.
    """
    names = list(targets)
    for _ in range(warmup):
        for name in names:
            targets[name]()
    medians = {name: [] for name in names}
    for _ in range(repeats):
        samples = {name: [] for name in names}
        for _ in range(rounds):
            random.shuffle(names)
            for name in names:
                start = time.process_time()
                targets[name]()
                samples[name].append(time.process_time() - start)
        for name in names:
            medians[name].append(statistics.median(samples[name]))
    return medians


def ratios(medians, floor):
    """{name: [ratio to `floor` in each repeat]}: each repeat divided by the floor measured in the same repeat."""
    return {
        name: [value / base for value, base in zip(values, medians[floor], strict=True)]
        for name, values in medians.items()
        if name != floor
    }


def spread(values):
    """'median (min–max)' of a list of ratios."""
    return f"{statistics.median(values):5.1f}x ({min(values):.1f}–{max(values):.1f})"
