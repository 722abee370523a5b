/**
 * "Upload file" for the certificate and key fields. PEM files are read as they are; DER, PKCS#7
 * (P7B) and PKCS#12 (PFX, with its password) files are converted to PEM in the browser, as the
 * guide's "Converting Certificate Formats" page does with openssl (FEATURES §7.2).
 */
import UploadFile from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvertedPem } from '../../../contract/x509';
import { splitPemText } from '../../lib/pem-text';
import { loadX509 } from '../../lib/x509';

const ACCEPT = '.pem,.crt,.cer,.cert,.key,.der,.p7b,.p7c,.pfx,.p12,.txt';

interface Props {
  /** What the button is for, in its accessible name: "Upload certificate file". */
  label: string;
  onImported(converted: ConvertedPem): void;
}

interface PendingPfx {
  bytes: Uint8Array;
  fileName: string;
}

export function CertificateFileImport({ label, onImported }: Props) {
  const { t } = useTranslation('certificates');
  const input = useRef<HTMLInputElement>(null);
  const passwordId = useId();
  const [pfx, setPfx] = useState<PendingPfx>();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();

  const convert = async (bytes: Uint8Array, fileName: string, withPassword?: string) => {
    setProblem(undefined);
    const x509 = await loadX509();
    try {
      const kind = x509.detectCertificateFile(bytes);
      if (kind === 'pem') {
        onImported(splitPemText(new TextDecoder().decode(bytes)));
      } else if (kind === 'pkcs12' && withPassword === undefined) {
        setPfx({ bytes, fileName });
      } else {
        onImported(await x509.convertToPem(bytes, withPassword === undefined ? {} : { password: withPassword }));
        setPfx(undefined);
        setPassword('');
      }
    } catch (error) {
      if (error instanceof x509.CertificateConversionError) {
        setProblem(t('import.failed', { file: fileName, reason: error.message }));
        if (error.reason === 'password-required') setPfx({ bytes, fileName });
      } else {
        setProblem(t('import.unreadable', { file: fileName }));
      }
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    await convert(new Uint8Array(await file.arrayBuffer()), file.name);
    if (input.current) input.current.value = '';
  };

  return (
    <Box sx={{ display: 'grid', gap: 1, justifyItems: 'start' }}>
      <Button size="small" variant="outlined" startIcon={<UploadFile />} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={label}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {pfx ? (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            id={passwordId}
            size="small"
            type="password"
            label={t('import.password', { file: pfx.fileName })}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="off"
          />
          <Button size="small" variant="contained" onClick={() => void convert(pfx.bytes, pfx.fileName, password)}>
            {t('import.convert')}
          </Button>
        </Box>
      ) : null}
      {problem ? (
        <Alert severity="error" sx={{ width: '100%' }}>
          {problem}
        </Alert>
      ) : null}
    </Box>
  );
}
