"""What style leaves alone on purpose, and says why."""
values = list(range(10))
middle = values[len(values) // 2 : -1]
legacy = {'a':1}  # noqa
total=values[1] + values[2] + values[3] + values[4] + values[5] + values[6] + 1
#!not an interpreter line


def check(a,b):  # noqa: E231
    return a == b
