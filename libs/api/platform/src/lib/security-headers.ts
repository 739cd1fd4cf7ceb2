import helmet from 'helmet';

/**
 * Security headers for the API and the dashboard it serves. The CSP allows no inline or foreign
 * scripts; styles may be inline because Angular and ngx-charts set style attributes. Everything,
 * fonts included, comes from our own origin (BITV/DSGVO: no third-party hosts).
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    // The same rule as frame-ancestors 'none', for browsers that only know the older header.
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
}
