-- A lambda-bound variable has one type: f cannot be used at Int and at Bool (let would generalise it).
main :: IO ()
main = print ((\f -> (f 'a', f True)) id)
-- error: 3:32: Couldn't match expected type
