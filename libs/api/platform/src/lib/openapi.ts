import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI generated from the controllers: UI at /api/docs, JSON at /api/docs-json. */
export function setupOpenApi(app: INestApplication, version: string): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Digitalcheck Kommune API')
      .setDescription(
        'Digital-readiness self-assessment and analytics for German municipalities. ' +
          'Versioned REST under /api/v1. Every error has the shape described in docs/API.md ' +
          '(statusCode, code, message, errors[] with field and code, requestId).',
      )
      .setVersion(version)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
    customSiteTitle: 'Digitalcheck Kommune API',
  });
}
