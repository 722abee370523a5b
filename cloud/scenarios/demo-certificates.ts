/**
 * PEM material of the demo scenario's certificates. Generated once for this project with OpenSSL
 * (EC P-256, signed by a demo CA; cloud/scenarios/demo.ts seeds them): no real domain owns these keys.
 * Their `expire_time` is what the certificates say, so the demo has one valid, one expiring and one
 * expired server certificate, an unused wildcard one and a CA certificate for mutual authentication.
 */

export interface DemoCertificatePem {
  certificate: string;
  privateKey: string;
}

const lines = (...parts: string[]) => parts.join('\n');

export const demoCaCertificate = lines(
  '-----BEGIN CERTIFICATE-----',
  'MIIBojCCAUigAwIBAgICEAAwCgYIKoZIzj0EAwIwODEfMB0GA1UEAwwWRXhhbXBs',
  'ZSBEZW1vIENsaWVudCBDQTEVMBMGA1UECgwMRXhhbXBsZSBEZW1vMB4XDTI2MDEw',
  'MTAwMDAwMFoXDTM2MDEwMTAwMDAwMFowODEfMB0GA1UEAwwWRXhhbXBsZSBEZW1v',
  'IENsaWVudCBDQTEVMBMGA1UECgwMRXhhbXBsZSBEZW1vMFkwEwYHKoZIzj0CAQYI',
  'KoZIzj0DAQcDQgAEF8tYZl/kgRU5r6ErYWsou7MxClnKp/5zSEit8h2X2GchNJo3',
  'OWhSq5AyMJj3So9LNchYFtEPd7IFW5VFtIvld6NCMEAwDwYDVR0TAQH/BAUwAwEB',
  '/zAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYEFHwXn5d74Mwvio9vMs9jHmGd936I',
  'MAoGCCqGSM49BAMCA0gAMEUCIAYxcXV60rJa0W46VMM9roTML53/+K1cAhkN04+D',
  'R/vsAiEArT8Ze199r4Zm/R6GHsk56cwWFTmm0Rlet++Pjtsea5s=',
  '-----END CERTIFICATE-----',
);

export const wwwCertificate: DemoCertificatePem = {
  certificate: lines(
    '-----BEGIN CERTIFICATE-----',
    'MIIB9TCCAZygAwIBAgICEAEwCgYIKoZIzj0EAwIwODEfMB0GA1UEAwwWRXhhbXBs',
    'ZSBEZW1vIENsaWVudCBDQTEVMBMGA1UECgwMRXhhbXBsZSBEZW1vMB4XDTI2MDEx',
    'NTAwMDAwMFoXDTI3MDkzMDIzNTk1OVowMTEYMBYGA1UEAwwPd3d3LmV4YW1wbGUu',
    'Y29tMRUwEwYDVQQKDAxFeGFtcGxlIERlbW8wWTATBgcqhkjOPQIBBggqhkjOPQMB',
    'BwNCAATqu0jEcvG9g6ftal1IJZk3QO1Bs00JwPN5s7u1ZHoDW/GGzDVaK4SQn7fh',
    '8eoNcwTBTNaJUU8qobeqrboEuppNo4GcMIGZMAkGA1UdEwQCMAAwDgYDVR0PAQH/',
    'BAQDAgeAMBMGA1UdJQQMMAoGCCsGAQUFBwMBMB0GA1UdDgQWBBQeSu0+Jkjgv25S',
    'Aq/jJEPq30DVBTAfBgNVHSMEGDAWgBR8F5+Xe+DML4qPbzLPYx5hnfd+iDAnBgNV',
    'HREEIDAegg93d3cuZXhhbXBsZS5jb22CC2V4YW1wbGUuY29tMAoGCCqGSM49BAMC',
    'A0cAMEQCIE/TZP6N9s6ItYL5iYwiYU6Fx2Fbia+iv9OuB53Rj3p1AiA/wl8tUOMg',
    'NzbFgyLx1x+Wp53fJzpuk/JQamHFVdwbwQ==',
    '-----END CERTIFICATE-----',
    // The chain ends with the demo CA that issued it.
    demoCaCertificate,
  ),
  privateKey: lines(
    '-----BEGIN PRIVATE KEY-----',
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg1vp7tMKSnDDBlHB7',
    'zHAGBJj3a5AmB9KJdsj3QKxPtzGhRANCAATqu0jEcvG9g6ftal1IJZk3QO1Bs00J',
    'wPN5s7u1ZHoDW/GGzDVaK4SQn7fh8eoNcwTBTNaJUU8qobeqrboEuppN',
    '-----END PRIVATE KEY-----',
  ),
};

export const shopCertificate: DemoCertificatePem = {
  certificate: lines(
    '-----BEGIN CERTIFICATE-----',
    'MIIB7DCCAZGgAwIBAgICEAIwCgYIKoZIzj0EAwIwODEfMB0GA1UEAwwWRXhhbXBs',
    'ZSBEZW1vIENsaWVudCBDQTEVMBMGA1UECgwMRXhhbXBsZSBEZW1vMB4XDTI1MTIy',
    'MDAwMDAwMFoXDTI2MTIyMDIzNTk1OVowMjEZMBcGA1UEAwwQc2hvcC5leGFtcGxl',
    'LmNvbTEVMBMGA1UECgwMRXhhbXBsZSBEZW1vMFkwEwYHKoZIzj0CAQYIKoZIzj0D',
    'AQcDQgAE2OfSYHpa1VWAVdt/8a9WpAEKeTjAaws+xoyz1hQthqCgjQYiaOxEYdl4',
    'G3Zx/r61y64uBDzNGXjQO6h4fXGw5qOBkDCBjTAJBgNVHRMEAjAAMA4GA1UdDwEB',
    '/wQEAwIHgDATBgNVHSUEDDAKBggrBgEFBQcDATAdBgNVHQ4EFgQU4hWG92nLCnzC',
    'rSYZh6TEGhoQjygwHwYDVR0jBBgwFoAUfBefl3vgzC+Kj28yz2MeYZ33fogwGwYD',
    'VR0RBBQwEoIQc2hvcC5leGFtcGxlLmNvbTAKBggqhkjOPQQDAgNJADBGAiEA0hGs',
    '7Gwb06wkIOzTSfd9rcebOaTL7GUCn5kRA5dWhh8CIQCFLC5Nkd5TLLR6fcPHmFOj',
    '7GTlWRqBmbW1nBhyHA3ngw==',
    '-----END CERTIFICATE-----',
  ),
  privateKey: lines(
    '-----BEGIN PRIVATE KEY-----',
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg2zG3eYzhQktkKhse',
    'HpqsFYpGvZ7UHkTiye0G1L6TUt+hRANCAATY59JgelrVVYBV23/xr1akAQp5OMBr',
    'Cz7GjLPWFC2GoKCNBiJo7ERh2XgbdnH+vrXLri4EPM0ZeNA7qHh9cbDm',
    '-----END PRIVATE KEY-----',
  ),
};

export const apiCertificate: DemoCertificatePem = {
  certificate: lines(
    '-----BEGIN CERTIFICATE-----',
    'MIIB6TCCAY+gAwIBAgICEAMwCgYIKoZIzj0EAwIwODEfMB0GA1UEAwwWRXhhbXBs',
    'ZSBEZW1vIENsaWVudCBDQTEVMBMGA1UECgwMRXhhbXBsZSBEZW1vMB4XDTI1MTAx',
    'NTAwMDAwMFoXDTI2MTAxNTIzNTk1OVowMTEYMBYGA1UEAwwPYXBpLmV4YW1wbGUu',
    'Y29tMRUwEwYDVQQKDAxFeGFtcGxlIERlbW8wWTATBgcqhkjOPQIBBggqhkjOPQMB',
    'BwNCAAS9lSfAFa4XGVBnp/0TdTXgOqhEeXJgCn97iaXB0hPRO20dB5iNIL4/0u7E',
    'SK5YW8Cgy4z48YMm9VBlANKC9Dbao4GPMIGMMAkGA1UdEwQCMAAwDgYDVR0PAQH/',
    'BAQDAgeAMBMGA1UdJQQMMAoGCCsGAQUFBwMBMB0GA1UdDgQWBBRS0KlheieD+bHi',
    'kYpNgqwUna9WBDAfBgNVHSMEGDAWgBR8F5+Xe+DML4qPbzLPYx5hnfd+iDAaBgNV',
    'HREEEzARgg9hcGkuZXhhbXBsZS5jb20wCgYIKoZIzj0EAwIDSAAwRQIgPVEJWNUe',
    'tsX8Jckj41fgx31RPjRaO/AJwX0YNeJu+jcCIQCt/j6QEUXcKmmjvpOcOJ7tsSZy',
    'Pj0ro04Z0aHVvZUatg==',
    '-----END CERTIFICATE-----',
  ),
  privateKey: lines(
    '-----BEGIN PRIVATE KEY-----',
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgAbHxpNnQDwc9Q0lO',
    'IbqdqoXPPIuo90FT01KpOV+uOGOhRANCAAS9lSfAFa4XGVBnp/0TdTXgOqhEeXJg',
    'Cn97iaXB0hPRO20dB5iNIL4/0u7ESK5YW8Cgy4z48YMm9VBlANKC9Dba',
    '-----END PRIVATE KEY-----',
  ),
};

export const wildcardOrgCertificate: DemoCertificatePem = {
  certificate: lines(
    '-----BEGIN CERTIFICATE-----',
    'MIIB8TCCAZigAwIBAgICEAQwCgYIKoZIzj0EAwIwODEfMB0GA1UEAwwWRXhhbXBs',
    'ZSBEZW1vIENsaWVudCBDQTEVMBMGA1UECgwMRXhhbXBsZSBEZW1vMB4XDTI2MDQw',
    'MTAwMDAwMFoXDTI3MDMzMTIzNTk1OVowLzEWMBQGA1UEAwwNKi5leGFtcGxlLm9y',
    'ZzEVMBMGA1UECgwMRXhhbXBsZSBEZW1vMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcD',
    'QgAE0zw/Mofb1JYxFPe3O8Il2dOBsdoOO7PALtft+e+MOOxLpzrpMywQZPZf4O6J',
    'tWzwvhAFROsH+y3Ng2MiFX36YKOBmjCBlzAJBgNVHRMEAjAAMA4GA1UdDwEB/wQE',
    'AwIHgDATBgNVHSUEDDAKBggrBgEFBQcDATAdBgNVHQ4EFgQUQh6KbJXXLw5dFPxl',
    'zG28frauVQswHwYDVR0jBBgwFoAUfBefl3vgzC+Kj28yz2MeYZ33fogwJQYDVR0R',
    'BB4wHIINKi5leGFtcGxlLm9yZ4ILZXhhbXBsZS5vcmcwCgYIKoZIzj0EAwIDRwAw',
    'RAIgWfWTBTu8EG0xDwsNFizEuvC0JTlyKmqLJdnqP9xn3ecCIAQFifrWffGEu2hh',
    'iMAqyANEYvnRYfaGfjrS3CjRzpLP',
    '-----END CERTIFICATE-----',
  ),
  privateKey: lines(
    '-----BEGIN PRIVATE KEY-----',
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgwmM/Af9Wsrq2Gx9+',
    '4S98GSNQLEjnYZefdnOQsxKidQehRANCAATTPD8yh9vUljEU97c7wiXZ04Gx2g47',
    's8Au1+3574w47EunOukzLBBk9l/g7om1bPC+EAVE6wf7Lc2DYyIVffpg',
    '-----END PRIVATE KEY-----',
  ),
};
