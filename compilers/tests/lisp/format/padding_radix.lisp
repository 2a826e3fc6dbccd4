; format padding (~5d ~5a), radix (~b ~o ~x), characters (~c) and English numbers (~r).
(format t "[~5d]~%" 42)
(format t "[~5a]~%" "ab")
(format t "[~3d]~%" 12345)
(format t "~b ~o ~x~%" 10 64 255)
(format t "~c~c~%" #\o #\k)
(format t "~r~%" 42)
(format t "~r~%" 1999)
(format t "~r~%" 0)
(format t "~r~%" 115)
; expect: [   42]
; expect: [ab   ]
; expect: [12345]
; expect: 1010 100 FF
; expect: ok
; expect: forty-two
; expect: one thousand nine hundred ninety-nine
; expect: zero
; expect: one hundred fifteen
