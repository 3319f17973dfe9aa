// The same text as the template, with CRLF line endings: made here so no checkout setting can change it.
def lf = new File(basedir, 'src/istio/custom-gateway.yaml').getText('UTF-8')
new File(basedir, 'generated/crlf.yaml').setText(lf.replace('\n', '\r\n'), 'UTF-8')
return true
