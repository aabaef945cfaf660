"""Strings, f-strings and byte strings keep every character.

This docstring ends lines with spaces:   
	and starts one with a tab.
"""
name = 'srv'
width = 10
data = {'a':1}
label = f"{name:>{width}} {data['a']:d}  {name=}"
spaced = f'{ name }' + "x , y" + 'a=b'
raw = rb'\d+ ,  \s'
query = ("SELECT * FROM servers"   
         " WHERE status='ACTIVE'"
         f" AND id={width+1}")
template = '''
    keep    this  
	and this tab
'''
nested = f"{'a' if name else 'b'} { {'k':1}['k'] }"
percent = '%s'%name
