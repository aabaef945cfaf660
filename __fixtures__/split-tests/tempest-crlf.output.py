from tempest.api.compute import base
from tempest.lib import decorators


class ServerActionsTestBase(base.BaseV2ComputeTest):
    def test_rebuild_keeps_host(self):
        pass


class ServerActionsTest(ServerActionsTestBase):

    @decorators.attr(type='smoke')
    @decorators.idempotent_id('80a8094c-211e-440a-ab88-9e59d556c7ee')
    def test_rebuild_keeps_host_2(self):  # noqa: H405
        # Rebuild keeps the host
        server = self.create_test_server(wait_until='ACTIVE')

        rebuilt = self.client.rebuild_server(server['id'], self.image_ref)
        self.assertEqual(server['host'], rebuilt['host'])

    @decorators.attr(type='smoke')
    @decorators.idempotent_id('a4b727d1-39ab-5232-a5f8-4df32e5bcf86')
    def test_rebuild_image(self):  # noqa: H405
        # Rebuild, then check the image
        # (the image comes from the request)
        server = self.create_test_server(wait_until='ACTIVE')

        # Rebuild keeps the host
        rebuilt = self.client.rebuild_server(server['id'], self.image_ref)

        image = self.client.show_image(self.image_ref)
        self.assertEqual(self.image_ref, image['id'])

    @decorators.attr(type='smoke')
    @decorators.idempotent_id('3fed473b-bf39-55c3-91ee-5cc8e2b59ef5')
    def test_rebuild_keeps_flavor(self):  # noqa: H405
        # Rebuild keeps the flavor
        server = self.create_test_server(wait_until='ACTIVE')

        # Rebuild keeps the host
        rebuilt = self.client.rebuild_server(server['id'], self.image_ref)

        flavor = self.client.show_flavor(server['flavor'])
        self.assertEqual(self.flavor_ref, flavor['id'])
        # TODO(someone): check the metadata too
    def test_reboot(self):
        self.client.reboot_server(self.server_id)