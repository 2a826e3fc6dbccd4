-- The cons case of append as a hole: its goal has the length computed one step,
-- Vect (S (plus k m)) a. Context: x : a, xs : Vect k a, ys : Vect m a, and the erased k, m, a.
-- A hole ?NAME is a part of the program left to write. Idris 2 accepts a file with holes and shows each
-- one's goal on request (":t NAME" prints its context, a line of dashes, then "NAME : GOAL", as in
-- docs/source/tutorial/theorems.rst); the course's checker reports each hole with its goal and context
-- instead of running the program, so the expectation is the goal line.
-- error: 14:23: rest : Vect (S (plus k m)) a
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

append : Vect n a -> Vect m a -> Vect (plus n m) a
append []        ys = ys
append (x :: xs) ys = ?rest

main : IO ()
main = putStrLn "not reached"
