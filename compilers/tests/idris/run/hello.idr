-- The smallest program: main is an IO action. Worked by hand.
-- expect: Hello from the Engine
main : IO ()
main = putStrLn "Hello from the Engine"
