-- A small stack machine: instructions as a data type, run by a fold.
data Instr = Push Integer | Pop | AddI | MulI | Dup | Swap deriving Show

exec :: [Integer] -> Instr -> [Integer]
exec st (Push n) = n : st
exec (_ : st) Pop = st
exec (a : b : st) AddI = a + b : st
exec (a : b : st) MulI = a * b : st
exec (a : st) Dup = a : a : st
exec (a : b : st) Swap = b : a : st
exec st i = error ("cannot " ++ show i ++ " on " ++ show st)

run :: [Instr] -> [Integer]
run = foldl exec []

main :: IO ()
main = do
  print (run [Push 2, Push 3, AddI, Dup, MulI])
  print (run [Push 1, Push 2, Swap, Pop])
  print (run (Push 1 : concat (replicate 10 [Dup, AddI])))
-- expect: [25]
-- expect: [2]
-- expect: [1024]
