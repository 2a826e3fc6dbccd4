-- Operator sections: (op e), (e op), and backquoted functions in sections.
main :: IO ()
main = do
  print (map (+ 1) [1, 2, 3])
  print (map (2 *) [1, 2, 3])
  print (map (subtract 1) [1, 2, 3])
  print (map (10 -) [1, 2, 3])
  print (map (`div` 2) [10, 11, 12])
  print (map (100 `div`) [1, 3, 7])
  print (filter (> 2) [1, 5, 2, 8])
  print (map (^ 2) [1, 2, 3])
  print (map (2 ^) [1, 2, 3])
  print (map (: []) "abc")
  print ((++ "!") "wow")
-- expect: [2,3,4]
-- expect: [2,4,6]
-- expect: [0,1,2]
-- expect: [9,8,7]
-- expect: [5,5,6]
-- expect: [100,33,14]
-- expect: [5,8]
-- expect: [1,4,9]
-- expect: [2,4,8]
-- expect: ["a","b","c"]
-- expect: "wow!"
