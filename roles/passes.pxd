# Types for roles/passes.py when Cython compiles it (pure mode: the .py stays plain Python).
import cython

@cython.locals(o=cython.Py_UCS4)
cpdef bint is_join(Py_UCS4 c)

@cython.locals(n=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, c=Py_UCS4)
cpdef bint resume_starts(str text, Py_ssize_t i)

@cython.locals(n=Py_ssize_t, j=Py_ssize_t, c=Py_UCS4, joined=bint)
cpdef Py_ssize_t break_end(str text, Py_ssize_t i)

@cython.locals(n=Py_ssize_t, run=Py_ssize_t, out=Py_ssize_t, removed=Py_ssize_t, i=Py_ssize_t,
               end=Py_ssize_t, c=Py_UCS4)
cpdef tuple repair_runs(str text)

@cython.locals(c=Py_UCS4, o=Py_ssize_t, limit=Py_ssize_t)
cpdef bint has_any(str text, bytes marks)

@cython.locals(n=Py_ssize_t, floor=Py_ssize_t, ceiling=Py_ssize_t, start=Py_ssize_t,
               end=Py_ssize_t, i=Py_ssize_t, c=Py_UCS4)
cpdef tuple sentence_bounds(str text, Py_ssize_t pos, Py_ssize_t span)

@cython.locals(o=Py_UCS4)
cpdef bint is_han(Py_UCS4 c)

@cython.locals(n=Py_ssize_t, last=Py_ssize_t, i=Py_ssize_t, c=Py_UCS4)
cpdef str fold_marks(str text)

cdef class Trie:
    cdef public long long[:] edge_start
    cdef public long long[:] edge_count
    cdef public long long[:] edge_char
    cdef public long long[:] edge_child
    cdef public bytes terminal
    cdef public bytes first

    @cython.locals(n=Py_ssize_t, c=Py_ssize_t, node=Py_ssize_t, best=Py_ssize_t, i=Py_ssize_t,
                   lo=Py_ssize_t, hi=Py_ssize_t, mid=Py_ssize_t, stop=Py_ssize_t)
    cpdef Py_ssize_t end_at(self, str text, Py_ssize_t pos)

    @cython.locals(n=Py_ssize_t, i=Py_ssize_t, end=Py_ssize_t)
    cpdef list spans(self, str text)

@cython.locals(last=Py_ssize_t, i=Py_ssize_t, o=Py_ssize_t)
cpdef str widen(str text)
