-- A hole in a total function over Fin: the recursive result under S; its goal is Nat. Context: i : Fin k.
-- A hole ?NAME is a part of the program left to write. Idris 2 accepts a file with holes and shows each
-- one's goal on request (":t NAME" prints its context, a line of dashes, then "NAME : GOAL", as in
-- docs/source/tutorial/theorems.rst); the course's checker reports each hole with its goal and context
-- instead of running the program, so the expectation is the goal line.
-- error: 13:18: rec : Nat
data Fin : Nat -> Type where
  FZ : Fin (S k)
  FS : Fin k -> Fin (S k)

toNat : Fin n -> Nat
toNat FZ     = Z
toNat (FS i) = S ?rec

main : IO ()
main = putStrLn "not reached"
