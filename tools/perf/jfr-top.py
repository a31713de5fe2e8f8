#!/usr/bin/env python3
"""Where the CPU goes in a JFR recording: the share of execution samples in which each method
is on the stack (inclusive), for the methods whose names contain one of the given words.

    jfr print --events jdk.ExecutionSample --stack-depth 1024 rec.jfr > samples.txt
    tools/perf/jfr-top.py samples.txt ru.mcu hibernate DefaultDmnEngine
"""
import collections
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
words = sys.argv[2:]
samples = text.split("jdk.ExecutionSample")[1:]
frame = re.compile(r"^\s+([\w.$<>/]+)\(", re.M)
inclusive = collections.Counter()
for sample in samples:
    for method in set(frame.findall(sample)):
        inclusive[method] += 1
print(f"{len(samples)} samples")
for method, count in inclusive.most_common():
    if not words or any(w in method for w in words):
        print(f"{100 * count / len(samples):5.1f}%  {method}")
