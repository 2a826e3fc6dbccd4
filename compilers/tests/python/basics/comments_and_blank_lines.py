# a comment

x = 1  # trailing


# another
if x:

    # inside
    print("yes")
# expect: yes
