price = 19.99
print(price)
# error: 1:9: float is not supported yet
