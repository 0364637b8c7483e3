class T:
	def f(self):
		if self:
			return 1
		else:
		        return 2

	x = [1,
  2,
		3]
