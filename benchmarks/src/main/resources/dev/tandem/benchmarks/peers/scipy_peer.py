"""scipy peer: linear_sum_assignment on the dense slot cost matrix of a Tandem PeerModel file.

Usage: python3 scipy_peer.py MODEL RESULT
Writes RESULT: "solveMillis peakRssKilobytes status assignMillis" then one mentor index (or -1)
per mentee. The solve time covers building the dense slot matrix and the assignment, not reading
the file; assignMillis is the linear_sum_assignment call alone.
"""
import resource
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main(model_path, result_path):
    with open(model_path, "rb") as f:
        data = f.read()
    pos = 0

    def ints(count):
        nonlocal pos
        a = np.frombuffer(data, dtype=">i4", count=count, offset=pos).astype(np.int64)
        pos += 4 * count
        return a

    def longs(count):
        nonlocal pos
        a = np.frombuffer(data, dtype=">i8", count=count, offset=pos).astype(np.int64)
        pos += 8 * count
        return a

    n, r, edges = (int(v) for v in ints(3))
    big_m, load_weight, _spread = (int(v) for v in longs(3))
    capacity = ints(r)
    base_load = ints(r)
    ints(n)  # mentee departments
    ints(r)  # mentor departments
    ints(n)  # priorities
    ints(n)  # pinned mentors
    row_start = ints(n + 1)
    mentor = ints(edges)
    weight = longs(edges)

    start = time.perf_counter()
    slot_start = np.concatenate(([0], np.cumsum(capacity)))
    slots = int(slot_start[-1])
    rows = np.repeat(np.arange(n), np.diff(row_start))
    matrix = np.zeros((n, max(slots, 1)), dtype=np.float64)
    for s in range(int(capacity.max()) if r > 0 else 0):
        has = capacity[mentor] > s
        matrix[rows[has], slot_start[mentor[has]] + s] = (
            weight[has] - load_weight * (base_load[mentor[has]] + s)).astype(np.float64)
    assign_start = time.perf_counter()
    row_ind, col_ind = linear_sum_assignment(matrix, maximize=True)
    assign_millis = int((time.perf_counter() - assign_start) * 1000)
    slot_mentor = np.repeat(np.arange(r), capacity)
    mentor_of = np.full(n, -1, dtype=np.int64)
    for i, j in zip(row_ind, col_ind):
        if j < slots and matrix[i, j] > 0:
            mentor_of[i] = slot_mentor[j]
    millis = int((time.perf_counter() - start) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(result_path, "w") as out:
        out.write(f"{millis} {peak} optimal {assign_millis}\n")
        out.write("\n".join(str(int(v)) for v in mentor_of))
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
