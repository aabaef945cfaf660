"""Continuation lines inside brackets."""


def create(api, name, flavor, image, networks,
           min_count=1):
    server = api.create_server(name, flavor,
                               image, networks=networks,
                               min_count=min_count)
    body = {
            'server': server,
            'links': [],
    }
    result = api.wait(server['id'],
                      status='ACTIVE')
    api.log('created %s',
            server['id'])
    api.update(
        server['id'],
        body,
        )
    return result


def delete(api, server):
    if (api.exists(server) and
        api.can_delete(server)):
        api.delete(server)
    return api.list_servers(
        status='DELETED')
