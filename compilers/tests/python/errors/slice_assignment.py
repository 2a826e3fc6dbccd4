xs = [1, 2, 3]
xs[1:2] = [9, 9]
# error: 2:1: assigning to a slice is not supported
