import pytest


@pytest.fixture
def srv():
    return {'name': 'a'}


def test_name(srv):
    assert srv['name'] == 'a'
