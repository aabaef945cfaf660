import os
class Host(object):
	def path(self, name) :
		return os.path.join("/srv",name)   


