-- Explicit braces and semicolons instead of layout.
main :: IO ()
main = do { putStrLn "one" ; putStrLn "two"
          ; let { x = 1 ; y = 2 } ; print (x + y) }
-- expect: one
-- expect: two
-- expect: 3
