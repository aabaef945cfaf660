from tests import test_servers


class ServerTestV3(test_servers.ServerTestBase):
    api_version = 3
