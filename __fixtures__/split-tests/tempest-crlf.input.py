from tempest.api.compute import base
from tempest.lib import decorators


class ServerActionsTestBase(base.BaseV2ComputeTest):
    def test_rebuild_keeps_host(self):
        pass


class ServerActionsTest(ServerActionsTestBase):

    @decorators.attr(type='smoke')
    @decorators.idempotent_id('80a8094c-211e-440a-ab88-9e59d556c7ee')
    def test_rebuild(self):  # noqa: H405
        server = self.create_test_server(wait_until='ACTIVE')

        # Rebuild keeps the host
        rebuilt = self.client.rebuild_server(server['id'], self.image_ref)
        self.assertEqual(server['host'], rebuilt['host'])

        # Rebuild, then check the image
        # (the image comes from the request)
        image = self.client.show_image(self.image_ref)
        self.assertEqual(self.image_ref, image['id'])

        # Rebuild keeps the flavor
        flavor = self.client.show_flavor(server['flavor'])
        self.assertEqual(self.flavor_ref, flavor['id'])
        # TODO(someone): check the metadata too
    def test_reboot(self):
        self.client.reboot_server(self.server_id)