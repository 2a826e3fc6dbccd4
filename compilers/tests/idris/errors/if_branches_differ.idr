-- The branches of an if must have the type the function returns: "no" is a String literal where an
-- Integer is wanted (no FromString Integer, as in string_for_integer.idr).
-- error: 5:29: Can't find an implementation for FromString Integer
answer : Bool -> Integer
answer b = if b then 1 else "no"

main : IO ()
main = printLn (answer True)
