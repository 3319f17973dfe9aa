# Seeded random templates; GoRandomCasesTest holds the first 150 of seeds 1 and 2 ("valid" mode).
import base64, random, sys
seed=int(sys.argv[2]); n=int(sys.argv[3])
rnd=random.Random(seed)
def b(s): return base64.b64encode(s.encode('utf-8')).decode()
frag_in = [' ', '  ', '\n', '\r\n', '\t', '.X', '.Y.Z', '.', '$', '$x', '$y', '$x.A', ':=', '=', ',', '|', '(', ')', '"s"', '"}}"', '"a\\nb"', '"\\q"',
  '`r`', '`a\nb`', "'a'", "'\\n'", "''", '1', '-1', '+2', '0x1F', '1.5', '1e3', '1+2i', '3k', '0b2', '1_0', '1__0', '0o7', '.5', '1e400', '99999999999999999999',
  'if', 'else', 'end', 'range', 'with', 'define', 'block', 'template', 'break', 'continue', 'nil', 'true', 'false', 'printf', 'len', 'index', 'quote', 'x-y',
  '#', '@', '!', '%', 'ä', '日本', '😀', '\u00a0', '\u0001', '/*', '*/', '-', ' -', '- ', '{{', '}}', '{', '}', '.foo-bar', "'", '"', '`']
VALID=['.X', '.Y.Z', '$', '$.A', '"s"', '`r`', "'a'", '1', '1.5', 'true', 'nil', 'printf', 'quote', 'toYaml', 'nindent 8', '(len .L)', '| quote', '| indent 2', 'default "x"']
def action():
    if len(sys.argv) > 4 and rnd.random() < 0.8:
        parts=[rnd.choice(VALID) for _ in range(rnd.randint(1,4))]
        if rnd.random()<0.2: parts.insert(0, rnd.choice(['$x := ', '$y = ']))
        return '{{'+rnd.choice(['',' ','- '])+' '.join(parts)+rnd.choice(['',' ',' -'])+'}}'

    k=rnd.random()
    if k<0.08:
        body='/*'+rnd.choice(['', ' c ', '\n', '}}', '*', ' x */ y'])+'*/'+rnd.choice(['', ' ', ' -'])
        return '{{'+rnd.choice(['', '- ', '-'])+body+'}}'
    parts=[]
    if rnd.random()<0.4:
        parts.append(rnd.choice(['if ', 'else', 'else if ', 'else with ', 'end', 'range ', 'with ', 'define "a"', 'define "b"', 'block "c" .', 'template "a"', 'break', 'continue', 'range $i, $e := ', 'with $x := ', '$x := ', '$y = ']))
    for _ in range(rnd.randint(0,5)):
        parts.append(rnd.choice(frag_in))
        if rnd.random()<0.5: parts.append(' ')
    left='{{'+rnd.choice(['', '', '', '- ', '-', '-\n'])
    right=rnd.choice(['', '', '', ' -', '-', '\n-'])+('}}' if rnd.random()<0.95 else '')
    return left+''.join(parts)+right
def text():
    return rnd.choice(['', 'a', 'a: 1\n', '  ', '\n', 'x\r\n', 'ä', '{', '}', ' \t\n'])
def template():
    out=[]
    depth=0
    for _ in range(rnd.randint(1,12)):
        out.append(text())
        k=rnd.random()
        if k<0.15:
            out.append('{{ if .X }}'); depth+=1
        elif k<0.22:
            out.append('{{ range $i, $v := .L }}'); depth+=1
        elif k<0.27:
            out.append('{{ with .W }}'); depth+=1
        elif k<0.35 and depth>0:
            out.append(rnd.choice(['{{ else }}', '{{ else if .Y }}', '{{- else with .Z -}}']))
        elif k<0.45 and depth>0:
            out.append('{{ end }}'); depth-=1
        else:
            out.append(action())
    if rnd.random()<0.7:
        out.extend(['{{end}}']*depth)
    return ''.join(out)
with open(sys.argv[1],'w') as f:
    for i in range(n):
        name=rnd.choice(['inject','t','x'])
        f.write(' '.join([b(name),b(''),b(''),b(template())])+'\n')
