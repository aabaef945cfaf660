import unittest


class ImagesTest(unittest.TestCase):
    """Images."""

    def test_upload(self):
        # Upload an image
        # in two chunks
        self.assertTrue(True)

    def test_delete(self):
        # Delete the image.
        # Its snapshots stay.
        self.assertTrue(True)
