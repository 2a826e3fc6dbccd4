-- A checked stack whose pop calls error after some output.
data Stack = Stack [Int] deriving Show

push :: Int -> Stack -> Stack
push x (Stack xs) = Stack (x : xs)

pop :: Stack -> (Int, Stack)
pop (Stack (x:xs)) = (x, Stack xs)
pop (Stack []) = error "pop: empty stack"

main :: IO ()
main = do
  let s = push 3 (push 2 (Stack []))
      (a, s1) = pop s
      (b, s2) = pop s1
  print (a, b, s2)
  let (c, _) = pop s2
  print c
-- expect: (3,2,Stack [])
-- GHC reports on stderr: pop: empty stack
-- expect runtime error: trap
-- expect exit: 1
