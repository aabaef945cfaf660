"""Blank lines around definitions."""
import functools


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


class Base(object):
    """A base class."""
    def first(self):
        pass

    # The second method does nothing either.
    def second(self):
        pass

    def third(self):
        x = 1

        return x

    @decorator
    def fourth(self):
        def inner():
            pass

        def other():
            pass
        return inner, other


# A comment about the constant below.
CONSTANT = 1


def one(): return 1
def two(): return 2


def after():
    pass


if CONSTANT:
    pass
