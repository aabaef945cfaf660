#!/usr/bin/env python3
# Licensed under the Apache License, Version 2.0.
# Helpers for the server tests.
#: the default flavor name
DEFAULT_FLAVOR = 'm1.small'  # the flavor most tests boot
RETRIES = 3  # how often to poll
TIMEOUT = 30  # seconds
#
####################
# Section: waiting  #
####################
# -----------------------------------------------------------------------


def wait(server):
    # poll until the status settles
    return server  #: ok
