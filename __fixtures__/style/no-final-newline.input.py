import os

value = os.sep