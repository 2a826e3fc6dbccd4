-- Layout: a let with several bindings aligned, and `in` on its own line. Worked by hand: 2 * 3 + 1.
-- expect: 7
f : Integer -> Integer
f n =
  let a = n * 2
      b = a * 3
  in b + 1

main : IO ()
main = printLn (f 1)
