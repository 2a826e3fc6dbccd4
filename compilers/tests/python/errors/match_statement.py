command = "go"
match command:
    case "go":
        print("going")
# error: 2:1: the match statement is not supported
