import { Module } from '@nestjs/common';
import { APP_CONFIG, ConfigModule } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { EnvelopeFileCipher } from '../crypto/envelope-file-cipher';
import { FILE_CIPHER } from './file-cipher';
import { FILE_STORAGE } from './file-storage';
import { FileService } from './file.service';
import { LocalDiskStorage } from './local-disk-storage';
import { SvgSanitizer } from './svg-sanitizer';

/**
 * Uploaded and generated files. Storage is the local folder FILE_STORAGE_DIR; encryption is
 * envelope encryption under the owner's data key (FILE_CIPHER).
 */
@Module({
  imports: [ConfigModule],
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.fileStorageDir),
    },
    { provide: FILE_CIPHER, useExisting: EnvelopeFileCipher },
    SvgSanitizer,
    FileService,
  ],
  exports: [FileService],
})
export class FilesModule {}
