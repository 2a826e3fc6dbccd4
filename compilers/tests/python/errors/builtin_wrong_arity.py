print(len([1], [2]))
# error: 1:7: len() takes exactly 1 argument (2 given)
