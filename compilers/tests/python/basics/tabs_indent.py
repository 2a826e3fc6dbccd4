if True:
	print("tab")
	if True:
		print("two tabs")
# expect: tab
# expect: two tabs
