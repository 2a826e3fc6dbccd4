if (n := 10) > 5:
    print(n)
# error: 1:7: assignment expressions (:=) are not supported
