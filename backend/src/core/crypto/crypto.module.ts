import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataKeyEntity } from './data-key.entity';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { BlindIndexer } from './blind-index';
import { DataKeys } from './data-keys';
import { EnvelopeFileCipher } from './envelope-file-cipher';
import { PersonalDataSubscriber } from './personal-data.subscriber';

/** Data keys, the personal-data repository hook, blind indexes and the file cipher. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DataKeyEntity])],
  providers: [
    DataKeys,
    PersonalDataSubscriber,
    EnvelopeFileCipher,
    {
      provide: BlindIndexer,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new BlindIndexer(Buffer.from(config.indexKey, 'base64')),
    },
  ],
  exports: [DataKeys, BlindIndexer, EnvelopeFileCipher],
})
export class CryptoModule {}
