-- The smallest program: main is an IO action.
main :: IO ()
main = putStrLn "Hello, Analytical Engine!"
-- expect: Hello, Analytical Engine!
