-- A hole as the last statement of a do block in IO: its goal is IO ().
-- A hole ?NAME is a part of the program left to write. Idris 2 accepts a file with holes and shows each
-- one's goal on request (":t NAME" prints its context, a line of dashes, then "NAME : GOAL", as in
-- docs/source/tutorial/theorems.rst); the course's checker reports each hole with its goal and context
-- instead of running the program, so the expectation is the goal line.
-- error: 10:3: next : IO ()
main : IO ()
main = do
  putStrLn "first"
  ?next
